-- expect: wrong_answer
-- Keeps the highest id of each group instead of the lowest.
-- query: duplicate_emails
SELECT lower(trim(email)) AS email, COUNT(*) AS people
FROM people
WHERE email IS NOT NULL
GROUP BY lower(trim(email))
HAVING COUNT(*) > 1
ORDER BY people DESC, email;

-- query: ids_to_delete
SELECT id
FROM (
    SELECT id,
           ROW_NUMBER() OVER (PARTITION BY lower(trim(email)) ORDER BY id DESC) AS position
    FROM people
    WHERE email IS NOT NULL
)
WHERE position > 1
ORDER BY id;
