-- expect: wrong_answer
-- Deletes with id >= :id (a slip of the comparison): the users after it go too.
-- query: add_user
INSERT INTO users (email, name, age) VALUES (:email, :name, :age);

-- query: update_user
UPDATE users SET name = :name, age = :age WHERE id = :id;

-- query: delete_user
DELETE FROM users WHERE id >= :id;

-- query: find_user
SELECT id, name, age FROM users WHERE email = :email;
