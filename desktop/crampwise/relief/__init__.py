"""Relief plans (content as data) and the countdown that walks through them. No Qt here."""
