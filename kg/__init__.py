"""vn-gov-kg: a knowledge-graph builder for Vietnamese local-government news.

``import kg`` is cheap and has no side effects; models, lexicons and the
gazetteer load on first use.
"""

from kg.errors import KGError

__version__ = "0.1.0"
__all__ = ["KGError", "__version__"]
