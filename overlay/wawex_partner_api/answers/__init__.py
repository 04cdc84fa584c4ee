"""Answers that differ from the spec: read anyway, recorded, and fed back to the spec.

- ``answer.read_answer``: an answer read against its documented response (``reading`` builds the models from
  what fits, ``fast`` checks quickly that a body certainly fits, ``rules`` says what fitting means);
- ``drift``: the records of what differed, per client (``client.drift()``), logged once per process, and
  appended to a drift file for ``make spec-drift``.
"""

from wawex_partner_api.answers.drift import Drift, DriftLog, Tally
from wawex_partner_api.answers.problems import DRIFT_KINDS, DriftKind, Problem
from wawex_partner_api.answers.received import absent_fields, raw

__all__ = ["DRIFT_KINDS", "Drift", "DriftKind", "DriftLog", "Problem", "Tally", "absent_fields", "raw"]
