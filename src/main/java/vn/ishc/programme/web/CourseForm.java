package vn.ishc.programme.web;

import java.util.UUID;
import vn.ishc.programme.Course;
import vn.ishc.programme.NewCourse;

/** The form to record or correct a course, as typed: days as yyyy-MM-dd. */
record CourseForm(String id, String title, String kind, String areaPath, String startsOn, String endsOn, String place,
                  String projectId, String note, Integer version) {

    static CourseForm empty(String areaPath) {
        return new CourseForm(UUID.randomUUID().toString(), null, Course.Kind.CLUB_BOARD.name(), areaPath, null, null,
                null, null, null, null);
    }

    static CourseForm of(Course c) {
        return new CourseForm(c.id().toString(), c.title(), c.kind().name(), c.areaPath(), c.startsOn().toString(),
                c.endsOn().toString(), c.place(), c.projectId() == null ? null : c.projectId().toString(), c.note(),
                c.version());
    }

    NewCourse command() {
        return new NewCourse(ProgrammeForms.uuid(id, "id"), title, ProgrammeForms.pick(Course.Kind.class, kind, "kind"),
                areaPath == null ? "" : areaPath, ProgrammeForms.day(startsOn, "startsOn"),
                ProgrammeForms.day(endsOn, "endsOn"), place, ProgrammeForms.uuid(projectId, "projectId"), note);
    }
}
