"""Prefect's API for a one-off CLI run: start the temporary local server early.

With no PREFECT_API_URL, the first flow call starts a temporary server (a subprocess, ~4 s)
and waits for it. Starting it in a thread first lets the CLI's imports, planning and the
spaCy warm-up overlap that wait; the flow call then finds the same server running.
"""

from __future__ import annotations

import threading

from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED


def start_ephemeral_server() -> threading.Thread | None:
    """Start the temporary server in a thread (join it before the first flow call); None
    when a server is configured or ephemeral mode is off."""
    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return None
    from prefect.server.api.server import SubprocessASGIServer
    thread = threading.Thread(target=SubprocessASGIServer().start, daemon=True,
                              name="prefect-server-start")
    thread.start()
    return thread
