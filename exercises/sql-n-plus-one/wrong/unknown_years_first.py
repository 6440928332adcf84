# expect: wrong_answer
# ORDER BY year puts the NULL years first in SQLite.
import sqlite3


def authors_with_books(conn: sqlite3.Connection) -> list:
    result = []
    titles_of = {}
    for author_id, name in conn.execute("SELECT id, name FROM authors ORDER BY name, id"):
        titles_of[author_id] = []
        result.append((author_id, name, titles_of[author_id]))
    for author_id, title in conn.execute("SELECT author_id, title FROM books ORDER BY year, title"):
        titles_of[author_id].append(title)
    return result
