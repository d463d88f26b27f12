import { WINDOW_MINUTES } from './login-limits';
import { count, WORDS } from '@/lib/plural';

/** Polish text for the codes verifyLogin() throws ("CODE" or "CODE:reason"). */
export function loginErrorMessage(raw: string): string {
  const sep = raw.indexOf(':');
  const code = sep === -1 ? raw : raw.slice(0, sep);
  const reason = sep === -1 ? '' : raw.slice(sep + 1);
  switch (code) {
    case 'THROTTLED':
      return `Zbyt wiele nieudanych prób logowania. Odczekaj chwilę (najwyżej ${count(WINDOW_MINUTES, WORDS.minute)}) i spróbuj ponownie.`;
    case 'PENDING':
      return 'Twoje konto czeka na zatwierdzenie przez administratora ROPS. Zalogujesz się, gdy wniosek zostanie zatwierdzony.';
    case 'REJECTED':
      return `Wniosek o konto został odrzucony przez administratora ROPS.${reason ? ` Powód: ${reason}` : ''}`;
    case 'DISABLED':
      return `Twoje konto zostało zablokowane.${reason ? ` Powód: ${reason}` : ''} W sprawie odblokowania skontaktuj się z administratorem ROPS.`;
    default:
      return 'Nieprawidłowy adres e-mail lub hasło.';
  }
}
