export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no published record at this address. It may have been merged, unpublished or never existed.</p>
      <p>
        <a href="/">Back to the latest events</a>
      </p>
    </>
  );
}
