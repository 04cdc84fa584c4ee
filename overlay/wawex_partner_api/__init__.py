"""WAWEX Partner API client.

The typed operations are generated into ``wawex_partner_api_client`` from the partner's OpenAPI
documents; this package is the handwritten layer users import, and says which API release the
generated code corresponds to.
"""

from wawex_partner_api_client.metadata import API_RELEASE, OPERATIONS, SPEC_SHA256, OperationMetadata, __version__

__all__ = ["API_RELEASE", "OPERATIONS", "SPEC_SHA256", "OperationMetadata", "__version__"]
