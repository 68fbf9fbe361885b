"""Pictures of the three forms as a worker sees them, for the README and for review.

`python -m astu_desktop.ui.forms.screenshots docs/screenshots [fi|sv|en]` opens each
form as a realistic filled draft of a made-up client, in a throwaway store, and
saves the editor window as `form_<key>.png`. Run it under Xvfb (or any display).
"""

from __future__ import annotations

import random
import secrets
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from astu_desktop.models import Client, DeviceState, Worker
from astu_desktop.models.base import new_id
from astu_desktop.models.hetu import make_hetu
from astu_desktop.services import drafts
from astu_desktop.services.document_work import open_document
from astu_desktop.services.seed import synthetic_answers
from astu_desktop.store.casestore import CaseStore
from astu_desktop.store.keyfile import KdfParams
from astu_desktop.ui.forms.opening import show_document_editor
from astu_desktop.ui.i18n import Translations
from astu_protocol.codes import FormKey
from astu_protocol.forms import definition

WINDOW_SIZE = (940, 1180)
_DAY = date(2025, 3, 3)
_THROWAWAY_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def save_form_screenshots(folder: Path, language: str = "fi") -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translations = Translations()
    translations.set_language(language)
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as scratch:
        store = CaseStore.create(
            Path(scratch) / "astu.db", secrets.token_urlsafe(24), kdf=_THROWAWAY_KDF, demo=True
        )
        try:
            client_id = _made_up_client(store)
            for key in FormKey:
                _draft(store, client_id, key, language)
                # Nothing else works on this throwaway store: it is read on this thread.
                state = open_document(store, client_id=client_id, form_key=key, document_id=None)
                editor = show_document_editor(None, store, state, runner=None)
                editor.resize(*WINDOW_SIZE)
                app.processEvents()
                target = folder / f"form_{key.value}.png"
                editor.grab().save(str(target))
                saved.append(target)
                editor.close()
        finally:
            store.lock()
    translations.remove()
    return saved


def _made_up_client(store: CaseStore) -> str:
    with store.session() as session, session.begin():
        worker = Worker(id=new_id(), username="outi", full_name="Outi Miettinen")
        client = Client(
            id=new_id(),
            first_names="Anna Maria",
            last_name="Aalto",
            hetu=make_hetu(date(1984, 5, 17), 902),
            street_address="Kotikatu 3 B 12",
            postal_code="00510",
            city="Helsinki",
        )
        session.add_all([worker, client])
        session.flush()
        state = session.get(DeviceState, 1)
        assert state is not None
        state.current_worker_id = worker.id
        return client.id


def _draft(store: CaseStore, client_id: str, key: FormKey, language: str) -> None:
    form = definition(key)
    answers = max(
        (synthetic_answers(form, random.Random(seed), language, around=_DAY) for seed in range(40)),
        key=len,  # the fullest of a few made-up drafts shows the most of the form
    )
    with store.session() as session, session.begin():
        state = drafts.open_document(session, client_id=client_id, form_key=key, document_id=None)
        drafts.save_answers(session, state, answers, today=_DAY, log_update=False)


if __name__ == "__main__":
    where = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for path in save_form_screenshots(where, sys.argv[2] if len(sys.argv) > 2 else "fi"):
        print(path)
