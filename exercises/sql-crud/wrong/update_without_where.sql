-- expect: wrong_answer
-- The UPDATE has no WHERE clause: every user gets the new name and age.
-- query: add_user
INSERT INTO users (email, name, age) VALUES (:email, :name, :age);

-- query: update_user
UPDATE users SET name = :name, age = :age;

-- query: delete_user
DELETE FROM users WHERE id = :id;

-- query: find_user
SELECT id, name, age FROM users WHERE email = :email;
