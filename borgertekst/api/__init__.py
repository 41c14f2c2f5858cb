"""HTTP API (Litestar): only HTTP concerns live here; analysis is the engine's.

``create_app(settings)`` builds the app; ``borgertekst serve`` runs it with uvicorn.
"""

from .app import create_app
from .settings import Settings

__all__ = ["create_app", "Settings"]
