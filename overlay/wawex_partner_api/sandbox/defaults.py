"""The sandbox's published test credentials (never valid anywhere but a local sandbox)."""

SANDBOX_CLIENT_ID = "sandbox-client"
SANDBOX_CLIENT_SECRET = "sandbox-secret"  # noqa: S105 - a published test credential of the local sandbox
