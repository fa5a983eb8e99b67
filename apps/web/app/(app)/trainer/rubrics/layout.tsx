// Forms here call the API from the browser (see trpc/layout.tsx).
export { default } from "@/trpc/layout";
