from django.db import connection, transaction

from .requests import ADMIN_PREFIX


def staff_saves_take_turns(get_response):
    """Each change staff make in the admin runs in one transaction, one at a time. The checks that read the
    database (a form opened before a colleague's save, two special days on one date) then see every save
    committed before theirs, and two saves cannot together store what neither may store alone. SQLite's
    IMMEDIATE transactions take the database's write lock when they begin; PostgreSQL takes a lock of the
    site's own. A login is no change of content and does not wait."""

    def middleware(request):
        if not (request.method == "POST" and request.path_info.startswith(ADMIN_PREFIX) and request.user.is_staff):
            return get_response(request)
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(%s)", [STAFF_SAVES_LOCK])
            return get_response(request)

    return middleware


# Any number that identifies this lock among the database's advisory locks.
STAFF_SAVES_LOCK = 5_436_144
