"""aioworkspaces: a typed asyncio client for the Amazon WorkSpaces API."""

from __future__ import annotations

__version__ = "0.1.0"

from .client import WorkSpacesClient
from .config import ClientConfig
from .credentials import Credentials

__all__ = ["ClientConfig", "Credentials", "WorkSpacesClient", "__version__"]
