-- expect: wrong_answer
-- Relational division with a double NOT EXISTS: right for a department with
-- courses, but for a department without any every student qualifies.
-- query: complete_department
SELECT s.id, s.name
FROM students AS s
WHERE NOT EXISTS (
    SELECT 1 FROM courses AS c
    WHERE c.department = :department
      AND NOT EXISTS (
          SELECT 1 FROM enrollments AS e
          WHERE e.student_id = s.id AND e.course_id = c.id))
ORDER BY s.name, s.id;

-- query: empty_courses
SELECT c.id, c.title, c.department
FROM courses AS c
LEFT JOIN enrollments AS e ON e.course_id = c.id
WHERE e.id IS NULL
ORDER BY c.department, c.title, c.id;
