"""HTTP fetchers that write reference series into a data package, atomically.

``fetch_world_bank`` reads the World Bank Indicators API v2 (JSON, paged); ``fetch_csv`` reads
any published CSV. Both build the tidy CSV and its resource entry in memory, validate the
package as it would be, and only then replace the files (temp file, fsync, ``os.replace``): a
failed fetch leaves ``datapackage.json`` and every CSV byte-identical.

Modules: ``http`` (the one session: timeouts, retries, User-Agent), ``worldbank``,
``published_csv``, ``writing`` (validate, then write a resource into a package). The caller
builds ``HttpSettings`` (the CLI from WORKBENCH_HTTP_TIMEOUT, _RETRIES and _BACKOFF).
"""

from .http import HttpClient, HttpSettings, make_session, user_agent
from .published_csv import fetch_csv, tidy_csv
from .worldbank import WORLD_BANK_API, fetch_world_bank, world_bank_period
from .writing import write_resource

__all__ = ["WORLD_BANK_API", "HttpClient", "HttpSettings", "fetch_csv", "fetch_world_bank", "make_session", "tidy_csv",
           "user_agent", "world_bank_period", "write_resource"]
