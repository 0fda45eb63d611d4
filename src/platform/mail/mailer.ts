import { createTransport } from 'nodemailer';

// E-mail through the SMTP server the organisation configures (HARBOUR_SMTP_URL); none by
// default, and then Harbour sends no e-mail at all. Messages are plain text and carry no client
// data (the callers build them from case codes and kinds of date only). An error names its SMTP
// code, never the message or the address.

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url);
  return {
    send: async (mail) => {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
