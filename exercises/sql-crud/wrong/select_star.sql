-- expect: wrong_answer
-- The lookup returns SELECT *: the email and created_at columns come too.
-- query: add_user
INSERT INTO users (email, name, age) VALUES (:email, :name, :age);

-- query: update_user
UPDATE users SET name = :name, age = :age WHERE id = :id;

-- query: delete_user
DELETE FROM users WHERE id = :id;

-- query: find_user
SELECT * FROM users WHERE email = :email;
