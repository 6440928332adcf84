-- expect: wrong_answer
-- Compares the emails as written: letter case and spaces hide duplicates.
-- query: duplicate_emails
SELECT email, COUNT(*) AS people
FROM people
WHERE email IS NOT NULL
GROUP BY email
HAVING COUNT(*) > 1
ORDER BY people DESC, email;

-- query: ids_to_delete
SELECT id
FROM (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY email ORDER BY id) AS position
    FROM people
    WHERE email IS NOT NULL
)
WHERE position > 1
ORDER BY id;
