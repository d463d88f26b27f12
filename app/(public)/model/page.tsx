import { redirect } from 'next/navigation';

export default function ModelIndex() {
  redirect('/model/rural');
}
