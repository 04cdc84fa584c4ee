"""Check 2: each host resolves, accepts a TCP connection, and (https) completes a TLS handshake verified with
the configured ``verify`` — the same SSL context the client uses; verification is never turned off.

The API client brings its own transport, so httpx ignores proxy environment variables for API calls; the
token requests (Authlib on a plain httpx client) honour them. The token host is therefore checked through the
proxy the environment names for it, the API host directly.
"""

from __future__ import annotations

import socket
import ssl
import urllib.request
from urllib.parse import urlsplit

from wawex_partner_api.diagnosis.result import Cause, Check

DEFAULT_PORTS = {"http": 80, "https": 443}


def host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "", parts.port or DEFAULT_PORTS.get(parts.scheme, 443)


def shown(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def environment_proxy(url: str) -> str | None:
    """The proxy URL that the environment (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY) names for ``url``, read
    as httpx reads it (``urllib.request.getproxies``)."""
    proxies = urllib.request.getproxies()
    parts = urlsplit(url)
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or bool(urllib.request.proxy_bypass(parts.hostname or "")):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def check_host(
    name: str, url: str, setting: str, context: ssl.SSLContext, timeout: float, *, honours_proxy: bool
) -> Check:
    """Resolve, connect and (https) shake hands with the host of ``url``; ``setting`` names where it comes from."""
    host, port = host_port(url)
    where = shown(host, port)
    proxy = environment_proxy(url) if honours_proxy else None
    if proxy is not None:
        return _through_proxy(name, where, proxy, timeout)
    fix_network = f"check {setting} (host and port), the network, and any firewall or proxy on the way to {where}"
    try:
        addresses = sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})
    except (socket.gaierror, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or type(error).__name__
        fix = f"check {setting} (is {host} spelled right?), this machine's DNS and its network"
        return Check.fail(name, f"{where}: the name does not resolve ({reason})", fix, Cause.NETWORK)
    resolved = f"resolves ({', '.join(addresses[:3])}{', …' if len(addresses) > 3 else ''})"
    try:
        connection = socket.create_connection((host, port), timeout=timeout)
    except TimeoutError:
        detail = f"{where}: {resolved}, but no connection within {timeout:g} s"
        return Check.fail(name, detail, fix_network, Cause.NETWORK)
    except OSError as error:
        reason = "connection refused" if isinstance(error, ConnectionRefusedError) else _reason(error)
        return Check.fail(name, f"{where}: {resolved}, but {reason}", fix_network, Cause.NETWORK)
    with connection:
        if urlsplit(url).scheme == "http":
            return Check.ok(name, f"{where}: {resolved}, connects (plain HTTP to loopback: no TLS)")
        return _handshake(name, where, resolved, connection, host, context, setting)


def _handshake(
    name: str, where: str, resolved: str, connection: socket.socket, host: str, context: ssl.SSLContext, setting: str
) -> Check:
    try:
        with context.wrap_socket(connection, server_hostname=host) as tls:
            version = tls.version() or "TLS"
    except ssl.SSLCertVerificationError as error:
        reason = error.verify_message or error.reason or "verification failed"
        return Check.fail(
            name,
            f"{where}: {resolved}, connects, but its TLS certificate is not trusted ({reason})",
            f"if {setting} is right and a proxy or firewall inspects TLS, trust its CA: PartnerConfig(verify="
            "'/path/to/ca.pem') or SSL_CERT_FILE=/path/to/ca.pem; TLS verification stays on",
            Cause.NETWORK,
        )
    except (ssl.SSLError, OSError) as error:
        reason = (error.reason if isinstance(error, ssl.SSLError) else None) or _reason(error)
        return Check.fail(
            name,
            f"{where}: {resolved}, connects, but the TLS handshake fails ({reason})",
            f"check {setting} (is {where} an https server?) and any proxy or firewall that intercepts TLS",
            Cause.NETWORK,
        )
    return Check.ok(name, f"{where}: {resolved}, connects, TLS verified ({version})")


def _through_proxy(name: str, where: str, proxy: str, timeout: float) -> Check:
    proxy_host, proxy_port = host_port(proxy)
    via = shown(proxy_host, proxy_port)
    fix = "check HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and NO_PROXY: the token requests use the proxy they name"
    try:
        socket.create_connection((proxy_host, proxy_port), timeout=timeout).close()
    except (OSError, UnicodeError) as error:
        detail = f"{where} is reached through the proxy {via} (environment), which cannot be reached ({_reason(error)})"
        return Check.fail(name, detail, fix, Cause.NETWORK)
    return Check.ok(name, f"{where}: through the proxy {via} (environment), which accepts connections")


def _reason(error: BaseException) -> str:
    if isinstance(error, socket.gaierror):
        return f"the name does not resolve ({error.strerror})"
    if isinstance(error, TimeoutError):
        return "timed out"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    return getattr(error, "strerror", None) or type(error).__name__
