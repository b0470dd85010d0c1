// The same card as Open Graph: one implementation, two metadata routes.
export { alt, contentType, default, size } from "./opengraph-image";
