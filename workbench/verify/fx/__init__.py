"""Exchange rates: amounts of money that price another currency, cross rates, a day's price, moves in percent."""
