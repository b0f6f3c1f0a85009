"""The notices of the demo practice, for `manage.py load_demo_content`: written for this practice in plain
language and marked as sample text that the practice must have reviewed (texts in demo_texts.py)."""

from demo.loading import create

from .demo_texts import NOTICES
from .models import Notice


def load():
    """Each kind of notice that does not exist yet (staff cannot delete one, so a missing kind was never
    entered): [(what was added, the records to version)]."""
    present = set(Notice.objects.values_list("kind", flat=True))
    added = [create(Notice, {**data, "demo": True}) for data in NOTICES if data["kind"] not in present]
    return [(f"{len(added)} notices", added)] if added else []
