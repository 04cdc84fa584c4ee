"""First contact with the partner, diagnosed: ``diagnose(config)`` checks, in order, each with a fix for what
fails —

1. ``settings``: the configuration loads (https, or http to loopback only), and which environment and hosts;
2. ``api-host``, ``token-host``: each name resolves, takes a TCP connection and (https) a TLS handshake verified
   with the configured ``verify``;
3. ``token``: a token from the configured endpoint, with the client's own token machinery; where the endpoint
   refuses the request's form, the partner's other documented form is tried and named with its settings;
4. ``token-lifetime``: ``expires_in`` against the refresh windows; ``clock``: the API's ``Date`` against the
   local clock;
5. ``read-call``: one read through the typed operations;
6. ``requestor-client``, ``requestor-exempt``, ``requestor-required``: the Requestor-ID rule, from the client's
   side (refused before any I/O) and the partner's (state-changing probes only against a local sandbox).

Modules, one job each: ``result`` (the types), ``run`` (order and dependencies), ``settings``, ``network``,
``token``, ``timing`` (lifetime and clock) and ``calls`` (the read and the Requestor-ID probes). They load on
the first ``diagnose()``.
"""

from __future__ import annotations

from collections.abc import Callable

from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.diagnosis.result import Cause, Check, Diagnosis, Status

__all__ = ["Cause", "Check", "Diagnosis", "Status", "diagnose"]


def diagnose(config: PartnerConfig | Callable[[], PartnerConfig] | None = None) -> Diagnosis:
    """Check the settings, the network, the token, the clocks, a read call and the Requestor-ID rule.

    ``config``: the settings to check; a function that makes them (its ConfigurationError is diagnosed, not
    raised); or None for ``PartnerConfig.from_env()``. Never raises for what it finds: every finding is a
    ``Check`` of the returned ``Diagnosis``. No output, check or log record holds the secret or a token.
    Against a local sandbox (a loopback base URL) it creates one natural person; against the partner's hosts
    it only reads.
    """
    from wawex_partner_api.diagnosis.run import diagnose as run

    return run(config)
