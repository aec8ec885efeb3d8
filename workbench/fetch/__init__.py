"""HTTP fetchers that write reference series into a data package, atomically.

``fetch_world_bank`` reads the World Bank Indicators API v2 (JSON, paged, plus the indicator's and
the countries' metadata); ``fetch_sdmx`` an SDMX message; ``fetch_csv`` any published CSV. Each
builds the tidy CSV and its resource entry in memory, validates the package as it would be, and
only then replaces the CSV and ``datapackage.json`` together (both staged, then swapped, rolled
back on failure): a failed fetch leaves every file of the package byte-identical.

Modules: ``http`` (the one client: timeouts, retries, User-Agent, overall deadline, complete
bodies, redirects recorded), ``worldbank``, ``sdmx_read`` (SDMX formats → observations),
``sdmx``, ``published_csv``, ``writing`` (validate, then write a resource into a package). The
caller builds ``HttpSettings`` (the CLI from WORKBENCH_HTTP_* and --deadline).
"""

from .http import HttpClient, HttpSettings, make_session, user_agent
from .published_csv import fetch_csv, tidy_csv
from .worldbank import WORLD_BANK_API, fetch_world_bank, world_bank_period
from .writing import write_resource

__all__ = ["WORLD_BANK_API", "HttpClient", "HttpSettings", "fetch_csv", "fetch_world_bank", "make_session", "tidy_csv",
           "user_agent", "world_bank_period", "write_resource"]
