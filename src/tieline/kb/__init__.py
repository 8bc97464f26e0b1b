"""The actor knowledge base: countries, organisations and office-holders, with a resolver."""

from .loader import KnowledgeBase, load_kb

__all__ = ["KnowledgeBase", "load_kb"]
