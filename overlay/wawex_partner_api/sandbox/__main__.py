"""Run the sandbox: ``python -m wawex_partner_api.sandbox [--port 8765] [--fd N] [--drift SEED]``."""

from __future__ import annotations

import argparse
import os
import socket
import sys

from wawex_partner_api.config import is_loopback
from wawex_partner_api.errors import MissingExtraError
from wawex_partner_api.sandbox.defaults import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from wawex_partner_api.sandbox.extra import require_sandbox_extra


def main(argv: list[str] | None = None, *, prog: str = "python -m wawex_partner_api.sandbox") -> None:
    """Run until interrupted; ``argv`` as on the command line (default: ``sys.argv[1:]``)."""
    try:
        require_sandbox_extra()  # before importing what the extra brings: one line, at once
    except MissingExtraError as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    import uvicorn

    from wawex_partner_api.sandbox.app import create_app

    parser = argparse.ArgumentParser(prog=prog, description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--fd", type=int, help="serve on an already bound and listening socket")
    parser.add_argument("--client-id", default=os.environ.get("WAWEX_CLIENT_ID", SANDBOX_CLIENT_ID))
    parser.add_argument("--client-secret", default=os.environ.get("WAWEX_CLIENT_SECRET", SANDBOX_CLIENT_SECRET))
    parser.add_argument(
        "--drift",
        type=int,
        metavar="SEED",
        help="answer with seeded differences from the spec (one per operation), to rehearse drift handling",
    )
    args = parser.parse_args(argv)
    if not is_loopback(args.host):
        parser.error("the sandbox only listens on loopback addresses")
    app = create_app(args.client_id, args.client_secret, drift=args.drift)
    if args.fd is not None:
        sock = socket.socket(fileno=args.fd)
        # the app writes Date itself (sandbox.app.ShiftedDate), so that a clock_offset shows as one header
        uvicorn.Server(uvicorn.Config(app, log_level="warning", date_header=False)).run(sockets=[sock])
    else:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", date_header=False)


if __name__ == "__main__":
    main()
