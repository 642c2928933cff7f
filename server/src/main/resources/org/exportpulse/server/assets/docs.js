// Swagger UI over the hand-written OpenAPI document.
window.ui = SwaggerUIBundle({ url: "/api/openapi.yaml", dom_id: "#swagger", deepLinking: true });
