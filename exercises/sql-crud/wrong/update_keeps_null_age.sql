-- expect: wrong_answer
-- Keeps the old age when :age is NULL (COALESCE), so an age cannot be
-- cleared.
-- query: add_user
INSERT INTO users (email, name, age) VALUES (:email, :name, :age);

-- query: update_user
UPDATE users SET name = :name, age = COALESCE(:age, age) WHERE id = :id;

-- query: delete_user
DELETE FROM users WHERE id = :id;

-- query: find_user
SELECT id, name, age FROM users WHERE email = :email;
