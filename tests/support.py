"""Constants and helpers shared by the tests (import as `tests.support`)."""

from __future__ import annotations

from astu_desktop.store.keyfile import KdfParams

# Argon2id at test strength: the real parameters cost ~0.5 s per unlock by design.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASSPHRASE = "Kotikäynti aamulla klo 9; ovi 'B' auki"
