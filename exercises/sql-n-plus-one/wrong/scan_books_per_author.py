# expect: time_limit_exceeded
# Two queries, but then every author scans the whole list of books:
# authors x books steps.
import sqlite3


def authors_with_books(conn: sqlite3.Connection) -> list:
    authors = conn.execute("SELECT id, name FROM authors ORDER BY name, id").fetchall()
    books = conn.execute(
        "SELECT author_id, title FROM books ORDER BY year IS NULL, year, title"
    ).fetchall()
    return [
        (author_id, name, [title for owner, title in books if owner == author_id])
        for author_id, name in authors
    ]
