import { auth } from "../../../../server/services";

const handler = (req: Request) => auth().handler(req);
export { handler as GET, handler as POST };
