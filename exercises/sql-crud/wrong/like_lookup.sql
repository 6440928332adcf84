-- expect: wrong_answer
-- Looks the email up with LIKE, which ignores ASCII case and treats _ and %
-- as wildcards.
-- query: add_user
INSERT INTO users (email, name, age) VALUES (:email, :name, :age);

-- query: update_user
UPDATE users SET name = :name, age = :age WHERE id = :id;

-- query: delete_user
DELETE FROM users WHERE id = :id;

-- query: find_user
SELECT id, name, age FROM users WHERE email LIKE :email;
