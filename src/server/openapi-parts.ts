/** The small builders every part of the OpenAPI document uses (src/server/openapi.ts joins the parts). */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: unknown) => ({ 'application/json': { schema } });
export const error = (description: string) => ({ description, content: json(ref('Error')) });
export const okJson = (description: string, name: string) => ({ description, content: json(ref(name)) });
