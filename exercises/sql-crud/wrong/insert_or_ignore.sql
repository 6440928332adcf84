-- expect: wrong_answer
-- Silences the UNIQUE error with OR IGNORE: a taken email is quietly
-- skipped instead of being reported.
-- query: add_user
INSERT OR IGNORE INTO users (email, name, age) VALUES (:email, :name, :age);

-- query: update_user
UPDATE users SET name = :name, age = :age WHERE id = :id;

-- query: delete_user
DELETE FROM users WHERE id = :id;

-- query: find_user
SELECT id, name, age FROM users WHERE email = :email;
