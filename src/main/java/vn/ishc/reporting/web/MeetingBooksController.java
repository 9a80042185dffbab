package vn.ishc.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.reporting.MeetingBook;
import vn.ishc.reporting.MeetingBooks;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * Completeness and timeliness of the meeting books of an area for a month (last month unless asked): figures
 * and club names only, so every role may open it for its own area.
 */
@Controller
class MeetingBooksController {

    private final MeetingBooks books;
    private final Clock clock;

    MeetingBooksController(MeetingBooks books, Clock clock) {
        this.books = books;
        this.clock = clock;
    }

    @GetMapping("/meeting-books")
    String books(@RequestParam(required = false) String area,
                 @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                 AreaScope scope, Model model) {
        YearMonth current = YearMonth.from(BusinessCalendar.today(clock));
        YearMonth shown = month == null ? current.minusMonths(1) : month.isAfter(current) ? current : month;
        MeetingBooks.Books view = books.of(area == null ? scope.path() : area, shown, scope);
        model.addAttribute("view", view);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.isBefore(current) ? shown.plusMonths(1) : null);
        model.addAttribute("onTimeDays", MeetingBook.ON_TIME_DAYS);
        return "reporting/books";
    }
}
