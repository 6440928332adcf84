import sqlite3


def authors_with_books(conn: sqlite3.Connection) -> list:
    """Every author with the titles of their books, in two queries."""
    result = []
    titles_of = {}
    for author_id, name in conn.execute("SELECT id, name FROM authors ORDER BY name, id"):
        titles = []
        titles_of[author_id] = titles
        result.append((author_id, name, titles))
    books = conn.execute(
        "SELECT author_id, title FROM books ORDER BY year IS NULL, year, title, id"
    )
    for author_id, title in books:
        titles_of[author_id].append(title)
    return result
