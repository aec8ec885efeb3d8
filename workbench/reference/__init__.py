"""Reference data: load and validate data packages into one frame per resource, cached by content.

``load_reference(dirs)`` reads every package folder, checks every file (the package
description, each CSV against its Table Schema, the ``workbench`` block, paths) and either
returns a ``ReferenceData`` or raises one ``ReferenceProblems`` carrying every ``Problem``
found. ``validate_packages(dirs)`` returns the problems instead.

Modules: ``files`` (bytes and content hash), ``descriptor`` (datapackage.json), ``table`` and
``checks`` (one CSV against its Table Schema), ``model`` (what loading yields), ``cache``
(in-process and disk caches), ``problems`` (typed problems), ``loader`` (the entry points).
"""

from .cache import clear_cache
from .files import DESCRIPTOR, path_problem, shown_path
from .loader import load_reference, validate_packages, validate_staged
from .model import LoadedResource, ReferenceData
from .problems import Problem, ProblemCode, ReferenceProblems

__all__ = ["DESCRIPTOR", "LoadedResource", "Problem", "ProblemCode", "ReferenceData", "ReferenceProblems",
           "clear_cache", "load_reference", "path_problem", "shown_path", "validate_packages", "validate_staged"]
