"""The demo practice's conditions (texts in demo_texts.py), for `manage.py load_demo_content`."""

from demo.loading import create, sections_as_html
from procedures.models import Procedure

from .demo_texts import CONDITIONS
from .models import Condition


def load():
    """The conditions while there are none: [(what was added, the records to version)]."""
    if Condition.objects.exists():
        return []
    conditions = []
    for data in CONDITIONS:
        fields = sections_as_html(Condition, {name: value for name, value in data.items() if name != "procedures"})
        condition = create(Condition, {**fields, "demo": True})
        condition.procedures.set(Procedure.objects.filter(slug_en__in=data["procedures"]))
        conditions.append(condition)
    return [(f"{len(CONDITIONS)} conditions", conditions)]
