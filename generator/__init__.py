"""From the partner's OpenAPI documents in ``openapi/`` to the committed client in ``generated_client/``."""
