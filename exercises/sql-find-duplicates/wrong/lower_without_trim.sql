-- expect: wrong_answer
-- Lower-cases the emails but does not trim them: a trailing space hides a
-- duplicate.
-- query: duplicate_emails
SELECT lower(email) AS email, COUNT(*) AS people
FROM people
WHERE email IS NOT NULL
GROUP BY lower(email)
HAVING COUNT(*) > 1
ORDER BY people DESC, email;

-- query: ids_to_delete
SELECT id
FROM (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY lower(email) ORDER BY id) AS position
    FROM people
    WHERE email IS NOT NULL
)
WHERE position > 1
ORDER BY id;
