// Swagger UI over the hand-written OpenAPI document. Deep links off: with them Swagger UI puts a link
// inside each operation's toggle button, a nested control that screen readers cannot use.
window.ui = SwaggerUIBundle({ url: "/api/openapi.yaml", dom_id: "#swagger", deepLinking: false });
