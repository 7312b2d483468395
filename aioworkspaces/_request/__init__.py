"""The request path: validate -> serialize -> sign -> send -> parse -> retry (internal)."""
