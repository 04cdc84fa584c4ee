"""``make spec-drift``: spec fixes proposed from the drift records of running clients.

A client run with ``WAWEX_DRIFT_FILE`` appends a JSON line for every way an answer differed from the spec
(``wawex_partner_api.answers.drift``). This reads any number of those files (a line that is not a record is
skipped and counted), merges the records (counts summed, first and last seen widened), locates each one in the
spec the code generator sees, and proposes:

- an OpenAPI Overlay 1.0 document, ``generator/fixes/drift-proposed.yaml``, that makes the regenerated client
  accept what was observed. Each action's description carries its evidence (kind, count, first and last seen,
  operations and statuses, client versions, whether the records came from another spec) and says what the
  partner's page showed there: ``contradicts <page> (the page shows …)`` where the spec took the node from a
  page, ``replaces an inference (x-partial: …)`` where the page did not show it;
- for ``requestor-refused``: an ``overrides`` entry with ``policy: required`` appended to
  ``generator/requestor-policy.yaml``.

What was observed is added beside what is documented, never put in its place: a record only says that some
answers did not fit, never that the documented shape stopped coming. So a type-mismatch adds the observed type
(``anyOf``), a wrapped body makes the body a union of the documented one and the wrapper (``anyOf``), a missing
field becomes optional, an unknown field or enum value is added. Records that land on the same node make one
action.

The package, by layer (each module's docstring says more):

- ``records``: record paths, drift lines, reading and merging drift files;
- ``locate``: where a record is in the spec (operation, response, media schema, then its path);
- ``evidence``: what an action says for itself (evidence, what the page showed);
- ``actions``: an overlay action, and what the builders share; ``fields`` and ``bodies``: the locator and
  builder of each kind, for what is inside a body (the client's ``reading``) and for a body as a whole (its
  ``answer``);
- ``proposal``: the builders in order, each step applied before the next;
- ``policy``: the Requestor-ID overrides;
- ``command``: ``make spec-drift`` itself: the output's earlier actions, checks, writing, the summary.

Records never hold personal values; neither does a proposal: only enum values (and only ones shaped like enum
values), field names and JSON types.
"""

from generator.drift.actions import Action, overlay_text
from generator.drift.command import DEFAULT_OUTPUT, HEADER, Outcome, main, run, summary
from generator.drift.locate import NotLocated, target
from generator.drift.proposal import Proposal, propose
from generator.drift.records import (
    ITEMS,
    KINDS,
    REQUESTOR_PATH,
    DriftFiles,
    DriftKey,
    DriftRecord,
    Segment,
    parse_line,
    parse_path,
    read_drift,
    render_path,
)

__all__ = [
    "DEFAULT_OUTPUT",
    "HEADER",
    "ITEMS",
    "KINDS",
    "REQUESTOR_PATH",
    "Action",
    "DriftFiles",
    "DriftKey",
    "DriftRecord",
    "NotLocated",
    "Outcome",
    "Proposal",
    "Segment",
    "main",
    "overlay_text",
    "parse_line",
    "parse_path",
    "propose",
    "read_drift",
    "render_path",
    "run",
    "summary",
    "target",
]
