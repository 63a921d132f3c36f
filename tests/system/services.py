"""Real processes for the system tests: PostgreSQL, Redis, gunicorn and Varnish on 127.0.0.1.

Each is started with its own port, config and temporary directory, waited for with a
deadline, and stopped by its PID. Nothing here touches system services or the network
beyond loopback; every wait and every loop is bounded in time.
"""

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.request import HTTPRedirectHandler, Request, build_opener

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
HOST = "127.0.0.1"
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
WRK_SCRIPT = ROOT / "scripts" / "wrk_report.lua"
IS_ROOT = os.geteuid() == 0

# One URL per page type, as the seed loader builds them.
PAGES = {
    "home": "/",
    "program": "/spinal-radiosurgery/",
    "indication": "/spinal-radiosurgery/pain-relief/",
    "guide": "/spinal-radiosurgery/patient-guide/",
    "guide section": "/spinal-radiosurgery/patient-guide/how-it-works/",
    "whole guide": "/spinal-radiosurgery/patient-guide/all/",
}
FORM_PAGE = "/spinal-radiosurgery/request-an-appointment/"
# The branded 500 page (templates/500.html) says this.
ERROR_PAGE_TEXT = "Sorry, something went wrong"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_for(check: Callable[[], bool], timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(interval)
    raise TimeoutError(f"{what}: not ready after {timeout:.0f}s")


class KeepRedirects(HTTPRedirectHandler):
    """A redirect is an answer to check (e.g. a 301 from Varnish's cache), not to follow."""

    def redirect_request(self, *args, **kwargs):
        return None


OPENER = build_opener(KeepRedirects)


def http_status(url: str, timeout: float = 5, headers: dict[str, str] | None = None) -> int | None:
    request = Request(url, headers=headers or {})  # noqa: S310 - loopback URLs we built
    try:
        with OPENER.open(request, timeout=timeout) as response:
            return response.status
    except HTTPError as error:
        return error.code
    except (URLError, OSError):
        return None


def get(url: str, headers: dict[str, str] | None = None, method: str = "GET"):
    """(status, headers, body) of one request; HTTP errors and redirects are answers too."""
    request = Request(url, headers=headers or {}, method=method)  # noqa: S310 - loopback only
    try:
        with OPENER.open(request, timeout=15) as response:
            return response.status, response.headers, response.read().decode(errors="replace")
    except HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


def make_tempdir(prefix: str) -> Path:
    """A directory under /tmp that PostgreSQL's own user can use when we are root."""
    path = Path(tempfile.mkdtemp(prefix=f"radiosurgery-{prefix}."))
    path.chmod(0o755)
    return path


def stop_process(process: subprocess.Popen, timeout: float = 20, sig=signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


class Postgres:
    """A throwaway cluster (initdb in a temp dir), like scripts/with-postgres.sh."""

    def __init__(self):
        initdb = sorted(
            Path("/usr/lib/postgresql").glob("*/bin/initdb"),
            key=lambda p: int(p.parts[-3]),
        )[-1]
        self.bindir = initdb.parent
        self.dir = make_tempdir("pg")
        self.data = self.dir / "data"
        self.log = self.dir / "server.log"
        self.port = free_port()
        self.url = f"postgres://postgres@{HOST}:{self.port}/radiosurgery"

    def _pg(self, *args: str, timeout: float = 60) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if IS_ROOT:  # PostgreSQL refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, timeout=timeout, capture_output=True)

    def start(self) -> "Postgres":
        if IS_ROOT:
            shutil.chown(self.dir, "postgres")
        self._pg("initdb", "-D", str(self.data), "-A", "trust", "--no-sync", "-U", "postgres")
        self.start_server()
        self.psql("CREATE DATABASE radiosurgery", database="postgres")
        return self

    def start_server(self) -> None:
        options = (
            f"-h {HOST} -p {self.port} -k {self.dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._pg("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-o", options, "start")

    def stop_server(self) -> None:
        """pg_ctl stop -m fast: the database is gone until start_server()."""
        self._pg("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def psql(self, sql: str, params: tuple = (), database: str = "radiosurgery") -> list[tuple]:
        import psycopg

        with psycopg.connect(
            f"postgresql://postgres@{HOST}:{self.port}/{database}", autocommit=True
        ) as connection:
            cursor = connection.execute(sql, params)
            return cursor.fetchall() if cursor.description else []

    def restart(self) -> None:
        """pg_ctl restart -m fast: every connection is cut; waits until it accepts again."""
        self._pg("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-m", "fast", "-w", "restart")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._pg("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", timeout=30)
        shutil.rmtree(self.dir, ignore_errors=True)


class Redis:
    def __init__(self):
        self.dir = make_tempdir("redis")
        self.port = free_port()
        self.url = f"redis://{HOST}:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> "Redis":
        self.process = subprocess.Popen(
            [
                "/usr/bin/redis-server",
                "--bind",
                HOST,
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
                "--logfile",
                str(self.dir / "redis.log"),
            ],  # fmt: skip
            stdin=subprocess.DEVNULL,
        )

        def accepting() -> bool:
            try:
                with socket.create_connection((HOST, self.port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    return s.recv(16).startswith(b"+PONG")
            except OSError:
                return False

        wait_for(accepting, 10, "redis-server")
        return self

    def stop(self) -> None:
        if self.process:
            if self.process.poll() is None:
                self.process.send_signal(signal.SIGCONT)  # in case a test left it paused
            stop_process(self.process)
        shutil.rmtree(self.dir, ignore_errors=True)


def production_env(database_url: str, static_root: Path, **extra: str) -> dict[str, str]:
    """The environment `scripts/serve.sh` sets, plus what a test needs."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "CACHE_", "PAGE_", "GUNICORN"))
        and not key.startswith("FRONTEND_CACHE_")
        and key not in ("WEB_CONCURRENCY", "PYTEST_CURRENT_TEST")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="radiosurgery_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(static_root),
        # Intake's "new request" email goes nowhere; the submission itself is what we check.
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    env.update(extra)
    return env


def manage(env: dict[str, str], *args: str, timeout: float = 180) -> str:
    result = subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-4000:]}")
    return result.stdout


class Gunicorn:
    """gunicorn.conf.py with the production settings, on its own port and control socket."""

    def __init__(self, env: dict[str, str], workers: int = 4, extra_args: str = ""):
        self.port = free_port()
        self.dir = make_tempdir("gunicorn")
        self.base_url = f"http://{HOST}:{self.port}"
        self.env = {
            **env,
            "GUNICORN_BIND": f"{HOST}:{self.port}",
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_CMD_ARGS": f"--control-socket {self.dir}/gunicorn.ctl {extra_args}".strip(),
        }
        self.log = self.dir / "gunicorn.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> "Gunicorn":
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [str(VENV_BIN / "gunicorn"), "--config", "gunicorn.conf.py"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )

        def ready() -> bool:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited:\n{self.log_tail()}")
            # As the TLS terminator would ask: SECURE_SSL_REDIRECT may be on.
            return http_status(self.base_url + "/", 10, {"X-Forwarded-Proto": "https"}) == 200

        wait_for(ready, 60, "gunicorn", interval=0.25)
        return self

    @property
    def pid(self) -> int:
        return self.process.pid

    def worker_pids(self) -> set[int]:
        out = subprocess.run(
            ["ps", "--ppid", str(self.pid), "-o", "pid="],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        return {int(pid) for pid in out.split()}

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.process:
            stop_process(self.process, sig=signal.SIGINT)  # quick shutdown: the test is over
        shutil.rmtree(self.dir, ignore_errors=True)


class Varnish:
    """varnishd in the foreground with deploy/varnish/default.vcl pointed at one backend.

    Its two listeners as deployed: ``base_url`` is the one the TLS terminator forwards
    HTTPS to ("tls"; a test stands in for the terminator), ``plain_url`` takes plain HTTP.
    """

    def __init__(self, backend_port: int):
        self.port, self.plain_port = free_port(), free_port()
        self.dir = make_tempdir("varnish")
        self.base_url = f"http://{HOST}:{self.port}"
        self.plain_url = f"http://{HOST}:{self.plain_port}"
        self.purge_token = secrets.token_hex(32)
        token_file = self.dir / "purge-token"
        token_file.write_text(self.purge_token + "\n")  # as `openssl rand -hex 32 >` writes it
        vcl = VCL.read_text()
        vcl, replaced = re.subn(r'\.port = "\d+";', f'.port = "{backend_port}";', vcl, count=1)
        assert replaced == 1, "the VCL's backend port was not found"
        vcl, replaced = re.subn(r'"/etc/varnish/purge-token"', f'"{token_file}"', vcl)
        assert replaced == 1, "the VCL's purge-token file was not found"
        self.vcl = self.dir / "default.vcl"
        self.vcl.write_text(vcl)
        self.process: subprocess.Popen | None = None

    def start(self) -> "Varnish":
        command = [
            "/usr/sbin/varnishd",
            "-F",
            "-n", str(self.dir / "work"),
            "-a", f"tls={HOST}:{self.port}",
            "-a", f"plain={HOST}:{self.plain_port}",
            "-T", "none",  # no management port
            "-f", str(self.vcl),
            "-s", "malloc,32m",
        ]  # fmt: skip
        if IS_ROOT:
            command += ["-j", "none"]  # stay in this temp dir, no jail user to own it
        self.log = self.dir / "varnishd.log"
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )

        def ready() -> bool:
            if self.process.poll() is not None:
                raise AssertionError(f"varnishd exited:\n{self.log.read_text()[-4000:]}")
            return http_status(self.base_url + "/", timeout=10) == 200

        wait_for(ready, 30, "varnishd", interval=0.2)
        return self

    def purge_env(self) -> dict[str, str]:
        """What a publishing process needs to purge this Varnish (docs/deploying.md)."""
        return {
            "FRONTEND_CACHE_LOCATION": self.base_url,
            "FRONTEND_CACHE_PURGE_TOKEN": self.purge_token,
        }

    def stop(self) -> None:
        if self.process:
            stop_process(self.process)
        shutil.rmtree(self.dir, ignore_errors=True)


def run_wrk(base_url: str, paths: list[str], seconds: int, connections: int = 32) -> dict:
    """wrk against ``paths`` in turn; returns scripts/wrk_report.lua's JSON summary."""
    result = subprocess.run(
        [
            "/usr/bin/wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "--latency",
            "-s",
            str(WRK_SCRIPT),
            base_url + paths[0],
            "--",
            *paths,
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])
