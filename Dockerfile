# The raidtally worker image: `raidtally worker` (also runs `raidtally topics create` in compose).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Only what `pip install .` needs; .dockerignore keeps the rest (venv, state, tests) out.
COPY pyproject.toml README.md ./
COPY schemas ./schemas
COPY streams ./streams
RUN pip install .

# Run unprivileged; the state directory (RocksDB/local table state) is the only writable path.
RUN useradd --system --uid 10001 --no-create-home raidtally \
    && mkdir -p /var/lib/raidtally \
    && chown raidtally /var/lib/raidtally
USER raidtally

ENV RAIDTALLY_WEB_HOST=0.0.0.0 \
    RAIDTALLY_WEB_PORT=6066 \
    RAIDTALLY_STATE_DIR=/var/lib/raidtally
EXPOSE 6066

CMD ["raidtally", "worker"]
