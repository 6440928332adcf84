-- expect: wrong_answer
-- Deletes every id that is not the MIN(id) of its group, NULL group included:
-- all the people without an email but one are deleted.
-- query: duplicate_emails
SELECT lower(trim(email)) AS email, COUNT(*) AS people
FROM people
WHERE email IS NOT NULL
GROUP BY lower(trim(email))
HAVING COUNT(*) > 1
ORDER BY people DESC, email;

-- query: ids_to_delete
SELECT id
FROM people
WHERE id NOT IN (SELECT MIN(id) FROM people GROUP BY lower(trim(email)))
ORDER BY id;
