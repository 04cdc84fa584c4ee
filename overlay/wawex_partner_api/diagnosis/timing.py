"""Check 4: the token's lifetime against the client's refresh windows, and the partner's clock (its ``Date``
header) against the local one."""

from __future__ import annotations

import datetime
import email.utils
from collections.abc import Sequence

from wawex_partner_api.config import PartnerConfig
from wawex_partner_api.diagnosis.result import Cause, Check
from wawex_partner_api.grant import AccessToken

LIFETIME = "token-lifetime"
CLOCK = "clock"
TOLERANCE = 60.0
"""Seconds the clocks may differ before the check fails."""
NOTICE = 5.0
"""Seconds from which a difference is worth a warning."""
RESOLUTION = 2
"""Seconds of difference that are noise: ``Date`` has whole seconds, and servers (uvicorn, say) update it once
a second."""
_ASK_PARTNER = "nothing to change in your settings: the client copes; if it persists, ask the partner about it"
_NTP = (
    "synchronise this machine's clock (NTP: timedatectl set-ntp true, chrony or ntpd): tokens and webhooks depend "
    "on it; if this clock is right, the partner's is off: tell them"
)


def lifetime(config: PartnerConfig, token: AccessToken, warnings: Sequence[str]) -> Check:
    """``expires_in`` as the client read it: present, usable, and longer than the refresh windows."""
    said = "; ".join(warnings)
    if token.expires_at is None:
        detail = f"{said or 'the token answer has no usable expires_in'}: every call fetches a new token"
        return Check.warn(LIFETIME, detail, _ASK_PARTNER)
    seconds = token.expires_at - token.obtained_at
    if said:  # the machinery assumed a lifetime (expires_in missing): say what it said
        return Check.warn(LIFETIME, f"reading the token answer, the client warned: {said}", _ASK_PARTNER)
    windows = f"advisory_window {config.advisory_window:g} s, mandatory_window {config.mandatory_window:g} s"
    shorter = (
        f"or lower advisory_window and mandatory_window (PartnerConfig) below {seconds:.0f} s; "
        "ask the partner for longer-lived tokens"
    )
    if seconds <= config.mandatory_window:
        detail = f"expires_in {seconds:.0f} s is inside the mandatory window ({windows}): calls wait for new tokens"
        return Check.warn(LIFETIME, detail, shorter.removeprefix("or "))
    if seconds <= config.advisory_window:
        detail = (
            f"expires_in {seconds:.0f} s is inside the advisory window ({windows}): the client asks for a new "
            f"token every {config.retry_failed_refresh_after:g} s"
        )
        return Check.warn(LIFETIME, detail, shorter.removeprefix("or "))
    return Check.ok(LIFETIME, f"expires_in {seconds:.0f} s; refreshed from {config.advisory_window:g} s before expiry")


def offset(value: str, received: float) -> float | None:
    """Seconds the clock that wrote ``value`` (an HTTP date) is ahead of the local one at ``received``; None when
    ``value`` is not a date. ``Date`` truncates to whole seconds: half a second is added back."""
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # "-0000": UTC by RFC 5322
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp() + 0.5 - received


def clock(answers: Sequence[tuple[float, Sequence[str]]]) -> Check:
    """The local clock against the ``Date`` headers of the API's answers (receipt time, values)."""
    offsets = [found for received, dates in answers for date in dates if (found := offset(date, received)) is not None]
    if not offsets:
        return Check.skip(CLOCK, "the API's answers carried no readable Date header: the clocks were not compared")
    # Several values (a proxy's and the server's, say): the farthest from the local clock is the one to report.
    farthest = max(offsets, key=abs)
    seconds = round(farthest)
    direction = "behind" if seconds > 0 else "ahead of"
    detail = (
        f"the local clock is {abs(seconds)} s {direction} the API's Date header (tolerance {TOLERANCE:g} s)"
        if abs(seconds) > RESOLUTION
        else f"the local clock agrees with the API's Date header within {RESOLUTION} s (tolerance {TOLERANCE:g} s)"
    )
    if abs(farthest) > TOLERANCE:
        return Check.fail(CLOCK, detail, _NTP, Cause.OTHER)
    if abs(farthest) > NOTICE:
        return Check.warn(CLOCK, detail, _NTP)
    return Check.ok(CLOCK, detail)
